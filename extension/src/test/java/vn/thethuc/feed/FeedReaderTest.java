package vn.thethuc.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.profile.Nd30Profile;

class FeedReaderTest {
    static final Path SAMPLE = Path.of(System.getProperty("thethuc.shared", "../shared"))
            .resolve("feeds/thai-nguyen-59-KH-UBND-2023.json");
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(FeedReader.class.getResourceAsStream("/vn/thethuc/feed/parent-plan-v1.schema.json"));

    static String sample() throws Exception {
        return Files.readString(SAMPLE);
    }

    static int schemaErrors(String json) throws Exception {
        return SCHEMA.validate(new ObjectMapper().readTree(json)).size();
    }

    @Test
    void theSampleIsReadWholeAndValidAgainstTheSchema() throws Exception {
        Feed feed = FeedReader.read(Files.readAllBytes(SAMPLE));
        assertEquals(0, schemaErrors(sample()));
        assertEquals(74, feed.tasks().size());
        assertEquals(28, feed.agencies().size());
        assertEquals("59/KH-UBND", feed.plan().number());
        assertEquals(LocalDate.of(2023, 4, 13), feed.plan().issued());
        assertEquals("UBND tỉnh", feed.plan().issuer().shortName());
    }

    @Test
    void anAgencysTasksComeDirectlyOrThroughItsGroups() throws Exception {
        Feed feed = FeedReader.read(sample());
        List<Feed.Assignment> syt = feed.concerning("SYT");
        assertTrue(syt.stream().anyMatch(a -> a.via().isEmpty() && a.role() == Feed.Role.LEAD), "its own tasks");
        Feed.Assignment group = syt.stream().filter(a -> a.task().id().equals("II.9.5")).findFirst().orElseThrow();
        assertEquals(Feed.Role.LEAD, group.role());
        assertEquals("CAC-SO-NGANH", group.via().orElseThrow());
        assertEquals(2, group.task().reports().size());
        assertTrue(feed.concerning("NOBODY").isEmpty());
        assertTrue(Feed.bySection(syt).keySet().stream().allMatch(s -> s.contains(". ")));
    }

    @Test
    void theOpeningCitesTheParentAsTheFeedGivesIt() throws Exception {
        Feed feed = FeedReader.read(sample());
        assertEquals("Thực hiện Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh về triển khai công tác bình đẳng "
                + "giới, hoạt động vì sự tiến bộ của phụ nữ năm 2023, Sở Y tế xây dựng Kế hoạch thực hiện như sau:",
                Citation.opening(feed.plan(), "Sở Y tế", Nd30Profile.standard().typeCodes()));
        assertEquals("06/5/2024", Citation.shortDate(LocalDate.of(2024, 5, 6)));
        assertEquals("29/01/2024", Citation.shortDate(LocalDate.of(2024, 1, 29)));
        assertEquals("Chỉ thị", Citation.typeName("CT", Nd30Profile.standard().typeCodes()));
    }

    static JsonObject tree() throws Exception {
        return JsonParser.parseString(sample()).getAsJsonObject();
    }

    static JsonObject task(JsonObject root, int i) {
        return root.getAsJsonArray("tasks").get(i).getAsJsonObject();
    }

    /** Every bad input of FEED.md: the refusal's key, a piece of its message, and whether the schema sees it too. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("wrong format", (Consumer<JsonObject>) r -> r.addProperty("format", "other"), "feed.format",
                        "other", true),
                Arguments.of("no version", (Consumer<JsonObject>) r -> r.remove("version"), "feed.missing", "$.version",
                        true),
                Arguments.of("newer version", (Consumer<JsonObject>) r -> r.addProperty("version", 2), "feed.tooNew", "2",
                        true),
                Arguments.of("version as text", (Consumer<JsonObject>) r -> r.addProperty("version", "1"),
                        "feed.notInteger", "$.version", true),
                Arguments.of("no plan number", (Consumer<JsonObject>) r -> r.getAsJsonObject("plan").remove("number"),
                        "feed.missing", "$.plan.number", true),
                Arguments.of("task without text", (Consumer<JsonObject>) r -> task(r, 3).remove("text"), "feed.missing",
                        "$.tasks[3].text", true),
                Arguments.of("tasks not a list", (Consumer<JsonObject>) r -> r.add("tasks", new JsonObject()),
                        "feed.notArray", "$.tasks", true),
                Arguments.of("lead not a list", (Consumer<JsonObject>) r -> task(r, 0).addProperty("lead", "SYT"),
                        "feed.notArray", "$.tasks[0].lead", true),
                Arguments.of("code not declared", (Consumer<JsonObject>) r -> {
                    JsonArray lead = new JsonArray();
                    lead.add("SO-KHONG-CO");
                    task(r, 5).add("lead", lead);
                }, "feed.unknownCodeInTask", "SO-KHONG-CO", false),
                Arguments.of("member not declared", (Consumer<JsonObject>) r -> {
                    JsonObject group = r.getAsJsonArray("agencies").asList().stream().map(e -> e.getAsJsonObject())
                            .filter(a -> a.has("members")).findFirst().orElseThrow();
                    group.getAsJsonArray("members").add("XA-KHONG-CO");
                }, "feed.unknownCode", "XA-KHONG-CO", false),
                Arguments.of("duplicate task id", (Consumer<JsonObject>) r -> task(r, 7).addProperty("id",
                        task(r, 6).get("id").getAsString()), "feed.duplicateTask", "$.tasks[7].id", false),
                Arguments.of("date that does not exist", (Consumer<JsonObject>) r -> r.getAsJsonObject("plan")
                        .addProperty("issued", "2023-02-30"), "feed.date", "2023-02-30", false),
                Arguments.of("date in another form", (Consumer<JsonObject>) r -> r.getAsJsonObject("plan")
                        .addProperty("issued", "13/4/2023"), "feed.date", "$.plan.issued", true),
                Arguments.of("empty lead", (Consumer<JsonObject>) r -> task(r, 2).add("lead", new JsonArray()),
                        "feed.noLead", "$.tasks[2].lead", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void everyBadInputIsRefusedNamingTheProblemAndThePlace(String name, Consumer<JsonObject> damage, String key,
            String named, boolean schemaSeesIt) throws Exception {
        JsonObject root = tree();
        damage.accept(root);
        Refusal r = assertThrows(Refusal.class, () -> FeedReader.read(root.toString()));
        assertEquals(key, r.key(), name);
        for (String lang : List.of("vi", "en")) {
            String message = r.message(Bundle.of(lang));
            assertTrue(message.contains(named), lang + ": " + message);
            assertTrue(!message.contains("{"), lang + ": every argument filled in: " + message);
        }
        if (schemaSeesIt) {
            assertTrue(schemaErrors(root.toString()) > 0, "the schema should refuse it too: " + name);
        }
    }

    @Test
    void notJsonNotUtf8AndTooLargeAreRefused() throws Exception {
        assertEquals("feed.notJson", assertThrows(Refusal.class, () -> FeedReader.read("<html>502</html>")).key());
        assertEquals("feed.notUtf8", assertThrows(Refusal.class,
                () -> FeedReader.read(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'})).key());
        byte[] big = new byte[FeedReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Refusal large = assertThrows(Refusal.class, () -> FeedReader.read(big));
        assertEquals("feed.tooLarge", large.key());
        assertEquals("Nguồn kế hoạch cấp trên lớn hơn 5 MiB; không đọc.", large.message(Bundle.of("vi")));
    }

    @Test
    void feedTextIsPlainNfcText() throws Exception {
        JsonObject root = tree();
        String nfd = java.text.Normalizer.normalize("Tuyên truyền =SUM(A1) <b>đậm</b> {PAGE}", java.text.Normalizer.Form.NFD);
        task(root, 0).addProperty("text", nfd);
        Feed feed = FeedReader.read(root.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("Tuyên truyền =SUM(A1) <b>đậm</b> {PAGE}", feed.tasks().get(0).text());
    }
}
