-- Bumped in the transaction of every write to hazardous areas (and to accidents and their victims), so that every
-- instance drops the counts and figures it keeps for list pages when the data under them changes.
CREATE TABLE hzd_revision (
    id       INT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO hzd_revision (id, revision) VALUES (1, 0);

CREATE TABLE cas_revision (
    id       INT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO cas_revision (id, revision) VALUES (1, 0);
