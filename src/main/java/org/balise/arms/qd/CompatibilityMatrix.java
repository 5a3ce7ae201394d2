package org.balise.arms.qd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;

/**
 * Which compatibility groups may be stored together (IATG 01.50 cl. 7.1), read from data an administrator can
 * review: {@code arms/compatibility-mixing.csv}. The relation is symmetric, so each pair is listed once in either
 * order; every pair of the groups the file names must be listed, and a pair listed twice must agree.
 */
public final class CompatibilityMatrix {

    static final String SHIPPED_RESOURCE = "/arms/compatibility-mixing.csv";
    private static final String HEADER = "group_a,group_b,allowed,source";

    /** An answer of the mixing table. */
    private enum Mixing {
        YES, NO, UNVERIFIED
    }

    private record Answer(Mixing mixing, String source) {
    }

    private final SortedSet<String> groups;
    private final Map<String, Answer> answers;

    private CompatibilityMatrix(SortedSet<String> groups, Map<String, Answer> answers) {
        this.groups = groups;
        this.answers = answers;
    }

    /** The table shipped with Balise. */
    public static CompatibilityMatrix shipped() {
        try (InputStream in = CompatibilityMatrix.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_RESOURCE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a mixing table: lines starting with # are comments, then the header and rows
     * {@code group_a,group_b,allowed,source}. Reports every problem found, each with its line.
     */
    public static CompatibilityMatrix load(InputStream in) {
        List<FieldProblem> problems = new ArrayList<>();
        SortedSet<String> groups = new TreeSet<>();
        Map<String, Answer> answers = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String where = "line " + lineNumber;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!line.strip().equals(HEADER)) {
                        problems.add(new FieldProblem(where, "missing-header", "Expected the header \"" + HEADER + "\""));
                    }
                    continue;
                }
                // The source is the rest of the line: it may hold commas.
                String[] fields = line.split(",", 4);
                if (fields.length != 4) {
                    problems.add(new FieldProblem(where, "malformed-line",
                            "Expected group_a,group_b,allowed,source but found \"" + line + "\""));
                    continue;
                }
                String groupA = fields[0].strip();
                String groupB = fields[1].strip();
                Mixing mixing = mixing(fields[2].strip());
                String source = fields[3].strip();
                boolean valid = true;
                for (String group : List.of(groupA, groupB)) {
                    if (!isGroupLetter(group)) {
                        problems.add(new FieldProblem(where, "unknown-compatibility-group",
                                "\"" + group + "\" is not a compatibility group letter"));
                        valid = false;
                    }
                }
                if (mixing == null) {
                    problems.add(new FieldProblem(where, "invalid-answer",
                            "allowed must be yes, no or unverified, not \"" + fields[2].strip() + "\""));
                    valid = false;
                }
                if (source.isEmpty()) {
                    problems.add(new FieldProblem(where, "missing-source", "Name the source of this answer"));
                    valid = false;
                }
                if (!valid) {
                    continue;
                }
                groups.add(groupA);
                groups.add(groupB);
                Answer answer = new Answer(mixing, source);
                Answer earlier = answers.putIfAbsent(key(groupA, groupB), answer);
                if (earlier != null && earlier.mixing() != mixing) {
                    problems.add(new FieldProblem(where, "contradictory-pair", groupA + " with " + groupB + " is \""
                            + label(mixing) + "\" here but \"" + label(earlier.mixing()) + "\" on an earlier line"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            problems.add(new FieldProblem("file", "missing-header", "Expected the header \"" + HEADER + "\""));
        }
        for (String groupA : groups) {
            for (String groupB : groups.tailSet(groupA)) {
                if (!answers.containsKey(key(groupA, groupB))) {
                    problems.add(new FieldProblem("file", "missing-pair",
                            groupA + " with " + groupB + " is not listed: every pair of the groups must be"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_FILE, problems.size() == 1 ? problems.getFirst().message()
                    : problems.size() + " problems in the compatibility mixing table", problems);
        }
        return new CompatibilityMatrix(groups, answers);
    }

    public SortedSet<String> groups() {
        return Collections.unmodifiableSortedSet(groups);
    }

    /** Checks every pair of the groups given, each group also with itself; unknown letters are refused. */
    public MixingCheck check(Collection<String> groupsToStore) {
        Objects.requireNonNull(groupsToStore, "groupsToStore");
        List<FieldProblem> unknown = new ArrayList<>();
        SortedSet<String> present = new TreeSet<>();
        for (String group : groupsToStore) {
            String letter = group == null ? "" : group.strip().toUpperCase(Locale.ROOT);
            if (groups.contains(letter)) {
                present.add(letter);
            } else {
                unknown.add(unknownGroup(group));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        List<MixingCheck.GroupPair> forbidden = new ArrayList<>();
        List<MixingCheck.GroupPair> unverified = new ArrayList<>();
        for (String groupA : present) {
            for (String groupB : present.tailSet(groupA)) {
                Answer answer = answer(groupA, groupB);
                MixingCheck.GroupPair pair = new MixingCheck.GroupPair(groupA, groupB, answer.source());
                switch (answer.mixing()) {
                    case NO -> forbidden.add(pair);
                    case UNVERIFIED -> unverified.add(pair);
                    case YES -> { }
                }
            }
        }
        return new MixingCheck(List.copyOf(present), forbidden, unverified);
    }

    private Answer answer(String groupA, String groupB) {
        return answers.get(key(groupA, groupB));
    }

    private FieldProblem unknownGroup(String group) {
        return new FieldProblem("groups", "unknown-compatibility-group",
                "Unknown compatibility group \"" + group + "\": expected one of " + String.join(", ", groups));
    }

    private static boolean isGroupLetter(String group) {
        return group.length() == 1 && group.charAt(0) >= 'A' && group.charAt(0) <= 'Z';
    }

    private static Mixing mixing(String allowed) {
        return switch (allowed) {
            case "yes" -> Mixing.YES;
            case "no" -> Mixing.NO;
            case "unverified" -> Mixing.UNVERIFIED;
            default -> null;
        };
    }

    private static String label(Mixing mixing) {
        return mixing.name().toLowerCase(Locale.ROOT);
    }

    /** The relation is symmetric: a pair is stored under its letters in alphabetical order. */
    private static String key(String groupA, String groupB) {
        return groupA.compareTo(groupB) <= 0 ? groupA + groupB : groupB + groupA;
    }
}
