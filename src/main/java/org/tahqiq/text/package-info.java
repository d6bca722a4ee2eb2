/**
 * Text value types shared by all stages: {@link org.tahqiq.text.MappedText} (transformed text that maps every char back to the raw article) and {@link org.tahqiq.text.TextSpan}.
 */
package org.tahqiq.text;
