/**
 * One small entity per "no change" scenario of Alembic's autogenerate tests that JPA can
 * express: a database built to match, in the database's own spellings, shows no difference.
 */
package dev.retort.autogenerate.models.nochange;
