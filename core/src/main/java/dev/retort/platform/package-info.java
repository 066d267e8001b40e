/**
 * What differs per database at run time, behind {@link dev.retort.platform.DatabasePlatform}:
 * one package per database.
 */
package dev.retort.platform;
