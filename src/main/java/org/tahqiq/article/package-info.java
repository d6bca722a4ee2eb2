/**
 * The input: {@link org.tahqiq.article.Article}, one raw news article with its metadata. First stage of raw article → clean text → tokens → shingles → signature → index → clusters → claims → fact diff → report.
 */
package org.tahqiq.article;
