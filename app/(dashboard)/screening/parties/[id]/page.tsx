import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { partyDetail } from "@/lib/data/parties";
import { statementsAbove } from "@/lib/data/ownership";
import { ownershipForCheck } from "@/lib/operations/buyer-ownership";
import { partyKey } from "@/lib/parties/identity";
import { statementsAsOf } from "@/lib/ownership/statements";
import { percent } from "@/lib/ownership/explain";
import { PageHeader } from "@/components/ui/page-header";
import { OwnerTree } from "@/components/ownership/owner-tree";
import { ownerTree } from "@/lib/ownership/tree";

export const metadata: Metadata = { title: "Party" };

// Who the party really is: its owners up to the ultimate parent as of today, what listed owners hold of it
// (with the path arithmetic), and what re-imports changed on it.
export default async function PartyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("screening", `/screening/parties/${id}`);
  const p = await partyDetail(id);
  if (!p) notFound();
  const today = new Date().toISOString().slice(0, 10);
  const key = p.partyKey ?? partyKey({ name: p.name, country: p.country, externalId: p.externalId });
  const [ownership, statements] = await Promise.all([
    ownershipForCheck({ name: p.name, hqCountry: p.country, partyId: p.id }, {}, today, new Date()),
    statementsAbove(key, 200),
  ]);
  const current = statementsAsOf(statements, today);
  const listedNames = new Set((ownership?.listedOwnership?.owners ?? []).map((o) => o.name));
  const owners = ownerTree(current, key, (o) => listedNames.has(o.name));
  return (
    <>
      <p className="small">
        <Link href="/screening">← Screening</Link>
      </p>
      <PageHeader title={p.name}>
        {p.kind} · {p.country ?? "country unknown"}
        {p.isDemo ? " · demo record" : ""}
      </PageHeader>
      <dl>
        <dt>Address</dt>
        <dd>{p.address ?? "—"}</dd>
        <dt>Identifiers</dt>
        <dd>{p.identifiers ?? "—"}</dd>
        <dt>Your id</dt>
        <dd>{p.externalId ?? "—"}</dd>
        <dt>Parent company (as imported)</dt>
        <dd>
          {p.parentName ?? "—"}
          {p.parentCountry ? ` (${p.parentCountry})` : ""}
        </dd>
      </dl>
      <section aria-labelledby="ownership-heading">
        <h2 id="ownership-heading">Ownership as of {today}</h2>
        <p>
          <strong>Ultimate parent:</strong>{" "}
          {ownership?.ultimateParent
            ? `${ownership.ultimateParent.name} (${ownership.ultimateParent.country ?? "headquarters unknown"}): ${ownership.ultimateParent.chain}`
            : "none found in the ownership data (no owner holds more than 50 %)"}
        </p>
        <p>
          <strong>Listed owners:</strong>{" "}
          {ownership?.listedOwnership?.explanation ?? "none found in the ownership data"}
        </p>
        <h3>Owners up to the ultimate parent</h3>
        {owners.length ? (
          <OwnerTree owners={owners} partyName={p.name} />
        ) : (
          <p className="muted">No ownership statements in force name an owner of this party.</p>
        )}
        {current.length ? (
          <div className="table-wrap" tabIndex={0} role="group" aria-label="Ownership statements (scrolls)">
            <table className="data" aria-label="Ownership statements in force">
              <thead>
                <tr>
                  <th scope="col">Owner</th>
                  <th scope="col">Holds</th>
                  <th scope="col">Of</th>
                  <th scope="col">Since</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {current.map((s) => (
                  <tr key={`${s.ownerKey}|${s.ownedKey}|${s.relation}`}>
                    <td>
                      {s.ownerName}
                      {s.ownerCountry ? ` (${s.ownerCountry})` : ""}
                      {ownership?.listedOwnership?.owners.some((o) => o.name === s.ownerName) ? (
                        <>
                          {" "}
                          <span className="badge">listed</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {percent(s.shareBp / 10000)}
                      {s.relation === "indirect" ? " (indirect)" : ""}
                    </td>
                    <td>{s.ownedName}</td>
                    <td>{s.asOf ?? "—"}</td>
                    <td>{s.source ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">
            No ownership statements above this party. Import them under Imports (kind: ownership).
          </p>
        )}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Changes by re-imports</h2>
        {p.revisions.length ? (
          <ul>
            {p.revisions.map((r) => (
              <li key={r.at.toISOString()}>
                {r.at.toISOString().slice(0, 16).replace("T", " ")}:{" "}
                {Object.keys(r.after)
                  .map((f) => `${f} "${String(r.before[f] ?? "")}" → "${String(r.after[f] ?? "")}"`)
                  .join("; ")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None: the party is as first imported.</p>
        )}
      </section>
    </>
  );
}
