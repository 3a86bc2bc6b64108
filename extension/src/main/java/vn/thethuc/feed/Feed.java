package vn.thethuc.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parent plan's feed, version 1 (FEED.md): the plan, the agencies and groups it names, its tasks.
 * Immutable; made by {@link FeedReader}, which has checked every code and date.
 */
public record Feed(int version, Plan plan, List<Agency> agencies, List<Task> tasks) {

    public record Plan(String id, String kind, String number, LocalDate issued, String place, Issuer issuer,
            String title, Integer year, Signer signer, String source) {
    }

    public record Issuer(String code, String name, String shortName) {
    }

    public record Signer(String authority, String title, String name) {
    }

    /** An agency, or a group of them when {@code members} is not empty. */
    public record Agency(String code, String name, List<String> members) {
        public boolean isGroup() {
            return !members.isEmpty();
        }
    }

    public record Task(String id, String section, String text, List<String> lead, List<String> support,
            LocalDate due, List<Report> reports, List<Indicator> indicators) {
    }

    public record Report(String name, LocalDate due, String to) {
    }

    public record Indicator(String name, String target) {
    }

    /** Chủ trì or phối hợp. */
    public enum Role { LEAD, SUPPORT }

    /** A task that concerns an agency, and how: as lead or support, directly or through {@code via} (a group). */
    public record Assignment(Task task, Role role, Optional<String> via) {
    }

    public Optional<Agency> agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * The tasks that concern {@code agencyCode}: its code, or a group that has it as a member, is in
     * {@code lead} (then it leads) or {@code support}. In the feed's order.
     */
    public List<Assignment> concerning(String agencyCode) {
        List<Assignment> out = new ArrayList<>();
        for (Task t : tasks) {
            Optional<Assignment> lead = match(t, t.lead(), Role.LEAD, agencyCode);
            Optional<Assignment> support = match(t, t.support(), Role.SUPPORT, agencyCode);
            lead.or(() -> support).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Assignment> match(Task t, List<String> codes, Role role, String agencyCode) {
        if (codes.contains(agencyCode)) {
            return Optional.of(new Assignment(t, role, Optional.empty()));
        }
        for (String c : codes) {
            if (agency(c).map(a -> a.members().contains(agencyCode)).orElse(false)) {
                return Optional.of(new Assignment(t, role, Optional.of(c)));
            }
        }
        return Optional.empty();
    }

    /** The tasks grouped by the parent's section, in order: what the dialog shows. */
    public static Map<String, List<Assignment>> bySection(List<Assignment> assignments) {
        Map<String, List<Assignment>> out = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            out.computeIfAbsent(a.task().section(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }
}
