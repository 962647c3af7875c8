/**
 * The published contract of the case flow engine (docs/enforcement.md, "Contract"): stage codes, the
 * stage action SPI, the system transition API, the events and the case read API. Nothing outside
 * {@code enforcement.caseflow} depends on the engine's internals or writes its tables.
 */
package com.yuyang.traffic.enforcement.caseflow.api;
