import type { OwnerNode } from "@/lib/ownership/tree";
import { percent } from "@/lib/ownership/explain";

/**
 * The owners above a party, as nested lists that wrap on a phone. A branch with owners of its own is a
 * disclosure (its summary takes the keyboard: Enter or Space folds it); listed owners are marked in words and
 * colour, and each line gives the arithmetic of its path down to the party.
 */
export function OwnerTree({ owners, partyName }: { owners: OwnerNode[]; partyName: string }) {
  return (
    <ul className="owner-tree" aria-label={`Owners of ${partyName}`}>
      {owners.map((o, i) => (
        <OwnerItem key={`${o.key}-${i}`} node={o} below={partyName} partyName={partyName} />
      ))}
    </ul>
  );
}

function OwnerLine({ node, below, partyName }: { node: OwnerNode; below: string; partyName: string }) {
  return (
    <>
      <strong>{node.name}</strong>
      {node.country ? ` (${node.country})` : ""} holds {percent(node.share)} of {below}
      {node.owners.length || node.arithmetic.includes("=") ? `; of ${partyName}: ${node.arithmetic}` : ""}
      {node.listed ? (
        <>
          {" "}
          <span className="badge match">listed owner</span>
        </>
      ) : null}
      {node.cycle ? <span className="small muted"> (already above on this path: a cross-holding)</span> : null}
    </>
  );
}

function OwnerItem({ node, below, partyName }: { node: OwnerNode; below: string; partyName: string }) {
  if (!node.owners.length)
    return (
      <li>
        <OwnerLine node={node} below={below} partyName={partyName} />
      </li>
    );
  return (
    <li>
      <details open>
        <summary>
          <OwnerLine node={node} below={below} partyName={partyName} />
        </summary>
        <ul>
          {node.owners.map((o, i) => (
            <OwnerItem key={`${o.key}-${i}`} node={o} below={node.name} partyName={partyName} />
          ))}
        </ul>
      </details>
    </li>
  );
}
