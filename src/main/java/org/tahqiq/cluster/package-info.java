/**
 * Same-event clustering: groups articles from different outlets that report one event in their own
 * words. {@link org.tahqiq.cluster.EventClusterer} clusters a collection (or feeds an {@link
 * org.tahqiq.cluster.EventStream} for a live feed with a time window); {@link
 * org.tahqiq.cluster.IdfTable} holds the document frequencies that weigh event-specific terms;
 * {@link org.tahqiq.cluster.ClusterEvaluator} scores a clustering against gold labels (pairwise and
 * B-cubed precision, recall, F1).
 */
package org.tahqiq.cluster;
