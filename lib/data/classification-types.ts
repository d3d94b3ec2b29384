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

export type PartInput = {
  id?: string;
  manufacturer: string;
  product: string;
  variant: string | null;
  mpnPattern: string | null;
  datacenter: boolean;
  tpp: number | null;
  dieAreaMm2: number | null;
  eccn: string | null;
  sources: string | null;
};

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
