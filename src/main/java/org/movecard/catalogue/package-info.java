/**
 * Catalogue: takes JSON bytes, gives a validated {@link org.movecard.catalogue.Catalogue} of immutable
 * records (or a clinic profile, {@link org.movecard.catalogue.Clinic}), or a
 * {@link org.movecard.catalogue.CatalogueError} with file, line:column and a hint.
 */
package org.movecard.catalogue;
