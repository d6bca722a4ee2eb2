/**
 * Cleaning: finds the main story in an article's raw text and removes publisher boilerplate
 * ("read also" sections, related-article lists, tags, source credits, ad slots, promotions, photo
 * credits, doubled headlines), reporting every removal and keeping raw offsets.
 *
 * <p>Entry point: {@link org.tahqiq.clean.ArticleCleaner}. The built-in markers live in the
 * resource {@code org/tahqiq/clean/boilerplate-markers.tsv}; users extend them through
 * {@link org.tahqiq.clean.ArticleCleaner.Builder#addMarkers(java.io.Reader)}.
 */
package org.tahqiq.clean;
