/**
 * The one binary format layer of everything Tahqiq persists: {@link
 * org.tahqiq.format.BinaryWriter} and {@link org.tahqiq.format.BinaryReader} (little-endian,
 * CRC-32C of every byte, fields named in every error), and {@link org.tahqiq.format.Formats},
 * the byte map of every format and version in one place.
 */
package org.tahqiq.format;
