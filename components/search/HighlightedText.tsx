import type { HighlightSegment } from "@/lib/views/search";

/** A field's text with the matching words in <mark>: every piece is rendered as text, never as HTML. */
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.isMatch ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
