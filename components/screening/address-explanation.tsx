// Why a party's address met an address-only Entity List entry: the two addresses and the parts that agreed.
import type { Explanation } from "@/lib/screening/types";

/** The last two facts of every explanation: why the hit has its band, and the list version it was found in. */
export function BandAndVersion({ e }: { e: Explanation }) {
  return (
    <>
      <dt>Why this band</dt>
      <dd>{e.reasons.join("; ")}</dd>
      <dt>List version</dt>
      <dd>
        {e.listVersion.label}
        {e.listVersion.publishedOn ? `, published ${e.listVersion.publishedOn}` : ""}
      </dd>
    </>
  );
}

export function AddressExplanationView({
  e,
}: {
  e: Explanation & { listedAddress: NonNullable<Explanation["listedAddress"]> };
}) {
  const a = e.listedAddress;
  return (
    <div className="explain">
      <p className="small">
        {a.strength === "match" ? "At" : "Possibly at"} the listed address <strong>“{e.matchedName}”</strong>, an Entity
        List entry without a name: it binds any party using the address.
      </p>
      <dl>
        <dt>Party&apos;s address</dt>
        <dd>{a.party}</dd>
        <dt>Parts that agree</dt>
        <dd>{a.agreed.join(", ") || "none"}</dd>
        <dt>Parts not comparable</dt>
        <dd>{a.unknown.join(", ") || "none"}</dd>
        <BandAndVersion e={e} />
      </dl>
    </div>
  );
}
