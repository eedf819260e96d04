import type { WorkspaceAgreementView } from "@/lib/views/agreement";
import { AgreementFigures } from "./AgreementFigures";
import styles from "./reviews.module.css";
import table from "@/components/ui/data-table.module.css";

const figure = (alpha: number | null) => (alpha === null ? "—" : alpha.toFixed(3));

/** The editors' view of agreement: the whole workspace, then each pair of reviewers. */
export function WorkspaceAgreement({ agreement }: { agreement: WorkspaceAgreementView }) {
  return (
    <div className={`page ${styles.agreement}`}>
      <h1 className="page-title">Agreement</h1>
      <p className="muted">How far independent reviews agree, across every article: claims with two reviews or more count.</p>
      <section aria-labelledby="overall-title">
        <h2 id="overall-title">Whole workspace</h2>
        <AgreementFigures figures={agreement.overall} />
      </section>
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">Per pair of reviewers</h2>
        {agreement.pairs.length === 0 ? (
          <p className="muted">No two reviewers have reviewed the same claim yet.</p>
        ) : (
          <table className={table.table} data-testid="pair-agreement">
            <thead>
              <tr>
                <th scope="col">Reviewers</th>
                <th scope="col">Claims both reviewed</th>
                <th scope="col">α (all verdicts)</th>
                <th scope="col">α (true … false)</th>
              </tr>
            </thead>
            <tbody>
              {agreement.pairs.map((pair) => (
                <tr key={`${pair.reviewers[0].id}:${pair.reviewers[1].id}`}>
                  <th scope="row">
                    {pair.reviewers[0].name} and {pair.reviewers[1].name}
                  </th>
                  <td>{pair.claims}</td>
                  <td className={styles.figure}>{figure(pair.alphaNominal)}</td>
                  <td className={styles.figure}>{figure(pair.alphaOrdinal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
