/**
 * The immutable records every Storyline stage shares.
 *
 * <p>Every span in the system is a half-open character range {@code [start, end)} into
 * {@link org.storyline.model.Article#text()}. Records validate themselves in their compact
 * constructors and copy their lists, so instances are safe to share across threads.
 */
package org.storyline.model;
