import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type TargetLookup = Storage['getTargetValidationMetadatas'];
type Metadatas = ReturnType<TargetLookup>;

const INSTALLED = Symbol.for('crm.validationMetadataCache');

/**
 * class-validator (0.15) works out a class's rules again on every validation: it walks every
 * class with rules (instanceof each) and filters their lists, ~15 µs a call here, more than
 * the checks themselves for a small DTO, paid by every request and by each row of an import.
 * The answer changes only when rules are added (a class declared later), so it is kept per
 * (class, schema, options) until then. The lists are only read by the validator.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const lookup: TargetLookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let found = new Map<unknown, Map<string, Metadatas>>();
  let grouped = new WeakMap<Metadatas, ReturnType<Storage['groupByPropertyName']>>();
  const forget = () => {
    found = new Map();
    grouped = new WeakMap();
  };
  const addValidation = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    forget();
    addValidation(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byOptions = found.get(target);
    if (!byOptions) found.set(target, (byOptions = new Map()));
    let metadatas = byOptions.get(key);
    if (!metadatas) {
      metadatas = lookup(target, schema, always, strictGroups, groups);
      byOptions.set(key, metadatas);
    }
    return metadatas;
  };
  storage.groupByPropertyName = (metadatas) => {
    let byProperty = grouped.get(metadatas);
    if (!byProperty) {
      byProperty = group(metadatas);
      grouped.set(metadatas, byProperty);
    }
    return byProperty;
  };
}
