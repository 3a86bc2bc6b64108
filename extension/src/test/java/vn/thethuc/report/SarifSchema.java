package vn.thethuc.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Validation against the official SARIF 2.1.0 schema (OASIS), as shipped in the sarif4j jar. */
public final class SarifSchema {
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        InputStream in = SarifSchema.class.getResourceAsStream("/json/sarif-schema-2.1.0.json");
        if (in == null) {
            throw new IllegalStateException("sarif-schema-2.1.0.json not on the test class path");
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }

    /** The schema's complaints about {@code json}; empty when valid. */
    public static Set<String> errors(String json) throws Exception {
        Set<ValidationMessage> messages = SCHEMA.validate(new ObjectMapper().readTree(json));
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }
}
