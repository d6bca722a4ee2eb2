package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;

/** The JSON Schemas of docs/schema, loaded by a real validator (draft 2020-12). */
final class Schemas {
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private Schemas() {}

  static JsonSchema load(String name) {
    Path file = Path.of("docs", "schema", name).toAbsolutePath();
    return FACTORY.getSchema(SchemaLocation.of(file.toUri().toString()));
  }

  static void assertValid(String schema, String json) {
    Set<ValidationMessage> errors = load(schema).validate(json, InputFormat.JSON);
    assertEquals(Set.of(), errors, () -> schema + " rejects " + (json.length() > 500 ? json.substring(0, 500) + "…" : json));
  }
}
