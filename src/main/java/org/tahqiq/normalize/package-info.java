/**
 * Arabic orthographic normalization ({@link org.tahqiq.normalize.ArabicNormalizer}): folds diacritics, tatweel, letter variants, digits and presentation forms in one table-driven pass, keeping raw offsets.
 */
package org.tahqiq.normalize;
