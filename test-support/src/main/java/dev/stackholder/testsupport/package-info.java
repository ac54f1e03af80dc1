/**
 * What the libraries' own tests share: the hostile-input corpus ({@link
 * dev.stackholder.testsupport.HostileCorpus}) and validation against the shipped JSON Schemas
 * ({@link dev.stackholder.testsupport.SchemaValidation}). Test code of this repository, not
 * published; users' test fixtures are the {@code stackholder-testing} generators.
 */
package dev.stackholder.testsupport;
