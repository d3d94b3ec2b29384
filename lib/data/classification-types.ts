// The parts catalogue and licences on file as their tables and forms show them: types only, for components.
export type PartRow = {
  id: string;
  manufacturer: string;
  product: string;
  variant: string | null;
  mpnPattern: string | null;
  datacenter: boolean;
  tpp: number | null;
  dieAreaMm2: number | null;
  eccn: string | null;
  eccnFromThresholds: string | null;
  sources: string | null;
  isSeed: boolean;
};

/** What an admin edits of a part: a row without what the catalogue derives or keeps (an id only when editing). */
export type PartInput = Omit<PartRow, "id" | "eccnFromThresholds" | "isSeed"> & { id?: string };

export type LicenceRow = {
  id: string;
  number: string;
  holder: string | null;
  destination: string | null;
  eccns: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
};
