/**
 * Safety supervision (安全监管, A1–A10): subjects and their QR codes, check items and recheck cycles,
 * inspections, random sampling dispatch, escalation, self-check, measures and statistics.
 * One sub-package per feature; plain entities are online forms (form-schemas/safety_*.json).
 */
package com.yuyang.traffic.safety;
