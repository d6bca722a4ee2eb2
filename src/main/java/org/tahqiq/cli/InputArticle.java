package org.tahqiq.cli;

import java.util.Optional;
import org.tahqiq.article.Article;
import tools.jackson.databind.JsonNode;

/**
 * One valid article read from the input, with where it came from and, when the command asked for
 * it, the value of an extra input field (e.g. {@code --group-by}).
 *
 * @param article  the article
 * @param location {@code file:line} of a JSONL record, or the {@code .txt} file
 * @param field    the extra field's value, absent when the record has no such field (or is a
 *                 {@code .txt} file)
 */
record InputArticle(Article article, String location, Optional<JsonNode> field) {}
