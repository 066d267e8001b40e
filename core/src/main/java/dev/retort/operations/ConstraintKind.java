package dev.retort.operations;

/**
 * The kinds of table constraint. MariaDB and MySQL drop each kind with its own statement, so
 * dropping a constraint says which kind it is.
 */
public enum ConstraintKind {

	PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK

}
