/**
 * The text pipeline in one call ({@link org.tahqiq.pipeline.TextPipeline}): clean → normalize → shingle.
 */
package org.tahqiq.pipeline;
