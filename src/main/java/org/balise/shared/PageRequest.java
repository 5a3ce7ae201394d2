package org.balise.shared;

/**
 * A window on a list, as every /api/v1 list takes it: {@code ?limit=} (default 1000, at most 10000) and
 * {@code ?offset=}.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "offset must not be negative, not " + offset);
        }
    }

    public static PageRequest of(Integer limit, Integer offset) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
