import type { ArticleSummaryView } from "@/lib/views/article";
import type { ColleagueView } from "@/lib/views/person";
import { CLAIM_STATUSES, STATUS_LABELS, VERDICT_LABELS, VERDICTS } from "@/lib/validation/verdicts";
import styles from "./search.module.css";

/** What the form shows as chosen: the page's query string as given (a refused value included). */
export type SearchFormValues = { q: string; verdict: string; status: string; article: string; author: string; assignee: string };

type Option = { value: string; label: string };

function Filter({ name, label, options, value }: { name: string; label: string; options: Option[]; value: string }) {
  return (
    <div className={`field ${styles.filter}`}>
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue={value}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search page's own form: the words and every filter, sent as a GET to /search. */
export function SearchForm({ values, articles, people }: { values: SearchFormValues; articles: ArticleSummaryView[]; people: ColleagueView[] }) {
  const anyone = people.map((person) => ({ value: person.id, label: person.name }));
  return (
    <form role="search" action="/search" method="get" className={styles.form} aria-label="Search with filters">
      <div className={`field ${styles.words}`}>
        <label htmlFor="search-q">Words</label>
        <input id="search-q" type="search" name="q" defaultValue={values.q} maxLength={200} aria-describedby="search-q-hint" />
        <span id="search-q-hint" className="field-hint">
          All the words must match. &quot;A phrase&quot; in quotes, -word to leave a word out, or between alternatives.
        </span>
      </div>
      <Filter name="verdict" label="Verdict" value={values.verdict} options={[{ value: "", label: "Any" }, ...VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] })), { value: "none", label: "No verdict yet" }]} />
      <Filter name="status" label="Status" value={values.status} options={[{ value: "", label: "Any" }, ...CLAIM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]} />
      <Filter name="article" label="Article" value={values.article} options={[{ value: "", label: "All articles" }, ...articles.map((a) => ({ value: a.id, label: a.title }))]} />
      <Filter name="author" label="Created by" value={values.author} options={[{ value: "", label: "Anyone" }, ...anyone]} />
      <Filter name="assignee" label="Assigned to" value={values.assignee} options={[{ value: "", label: "Anyone" }, { value: "none", label: "Nobody" }, ...anyone]} />
      <button type="submit" className="button button-primary">
        Search
      </button>
    </form>
  );
}
