/**
 * The demo behind the README's first command ({@link org.tahqiq.demo.Demo}).
 */
package org.tahqiq.demo;
