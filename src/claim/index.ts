/** The claim language: what a property is, the domains it ranges over and the kernel it may use. */
export type { Fn, CubeMap, PointSet, Value } from './values.js';
export { domains, resolveDomain, validateDomainSpec } from './domains.js';
export type { DomainSpec, ResolvedDomain, ValueOf } from './domains.js';
export type { Kernel } from './kernel.js';
export type { Interpolant, RecoveryBias, RecoveryGroup, RecoveryQuery, RecoverySummary, RecoveryVerdict } from './worldModel.js';
export { defineProperty, isClosed, isProperty, validateProperty } from './property.js';
export type { CensusCell, CensusForm, CensusMeasure, Property, PropertyDefinition, PropertyStatus, Quantifier, Scope, Variables, Assignment } from './property.js';
