package dev.retort.operations;

/**
 * What a table is created with: its columns and its constraints, in any order, as the arguments
 * of {@link dev.retort.Operations#createTable}.
 */
public sealed interface TableElement permits ColumnDef, Constraint {

}
