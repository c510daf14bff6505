/** The project file: schema, vocabulary, defaults, load and save. */
export * from './default-assumptions';
export * from './currency';
export * from './default-risk-texts';
export * from './default-risks';
export * from './load';
export * from './locate';
export * from './migrate';
export * from './references';
export * from './review';
export * from './save';
export * from './schema';
export * from './vocabulary';
