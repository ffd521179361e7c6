/**
 * The flow of one question, one stage a module, in order: normalise → analyse (and merge a follow-up,
 * correct spelling) → retrieve → rank (which selects values) → corroborate → find conflicts → result.
 * All in memory over what `create-engine.ts` precomputed.
 */
import { noneOfTheArticles } from "../count-text.js";
import { irregularBase } from "../search/lemmatize.js";
import type { PassageHit, PassageIndex } from "../search/passage-index.js";
import { agentNouns, type RelatedWords, relatedTerms, sharedWordNet } from "../search/related-words.js";
import { processTerm, termsOf, tokenize } from "../search/terms.js";
import type { Story } from "../stories/describe-story.js";
import type { AnswerResult, Article, Conflict, Quote } from "../types.js";
import { asksForAmount, asksForMeasure, countInstead, measuredNounOf, namesAmount } from "./amount-noun.js";
import { analyzeQuestion, asksDifference, eventTerms, type QuestionAnalysis } from "./analyze-question.js";
import { answerRoleSpeaker } from "./answer-role-speaker.js";
import { type ArticleFigures, cachedArticleFigures } from "./article-figures.js";
import { roleHolders } from "./bind-entities.js";
import { answeredResult, noAnswerResult, notFoundReason, subjectLabel } from "./build-result.js";
import { clusterRemarks } from "./cluster-remarks.js";
import { compoundRelatives } from "./compound-words.js";
import { correctSpelling, correctTypos, type Vocabulary } from "./correct-spelling.js";
import { corroborate } from "./corroborate.js";
import { asksCompletion, COMPLETION_TERMS, completionStated, pendingAct } from "./deal-completion.js";
import { inLexicon, isEnglish, isInterjection } from "./detect-english.js";
import {
  preferBoundTimes,
  questionVerbs,
  timeOfEvent,
  withoutPastTimes,
  withoutPeriodEnds,
} from "./event-time.js";
import { type DateValue, namesDay } from "./extract-dates.js";
import { type CountValue, countRange, type MoneyMeasure, type Value } from "./extract-values.js";
import { findRemarkConflict, settleValueAnswer } from "./find-conflicts.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { namesOrganizations, officeWords } from "./kind-noun.js";
import { type AliasTable, acronymNames, acronymRelatives, expandAcronyms } from "./learn-aliases.js";
import type { ValueKind } from "./learn-value-kinds.js";
import { learnedAnswerType } from "./learned-answer-type.js";
import { mergeFollowUp } from "./merge-follow-up.js";
import { clipQuestion, normalizeQuestion, unshout } from "./normalize-question.js";
import { sharedPolarity } from "./polarity.js";
import {
  type AskedRelation,
  actWords,
  askedRelation,
  openingHeading,
  statesCause,
  statesRelation,
} from "./purpose-and-means.js";
import {
  type Candidate,
  CUE_WEIGHT,
  eligible,
  MIN_COVERAGE,
  needsValue,
  rankCandidates,
} from "./rank-candidates.js";
import { asksFuture, dayOf, yearOf } from "./resolve-day.js";
import { CANDIDATES, retrievePassages, termWeight } from "./retrieve-passages.js";
import { agreeWithinRounding, figureOf } from "./rounded-figures.js";
import { askedActDoers, askedKind, otherRoleNamed, type SelectOptions } from "./select-values.js";
import { answerStoryListing } from "./story-listings.js";
import { suggestTopics, type Topic } from "./suggest-topics.js";
import { holdTogether, uninformativeTerms } from "./uninformative-terms.js";
import { yesNoClause } from "./yes-no.js";

/** A passage this relevant that states the chosen value counts as agreeing, though too weak to answer alone. */
const SUPPORT_COVERAGE = 0.35;
/** Inflectional endings and what they replace in the base form ("supplied" → supply). */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ["s", ""],
  ["es", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["ed", ""],
  ["ed", "e"],
  ["ing", ""],
  ["ing", "e"],
];
/** A misspelt word this long or longer counts as English when the language is told. */
const MIN_TELLING_TYPO = 5;
/** How many of the articles found about a question are searched again by all its terms. */
const WIDER_ARTICLES = 20;
/** Each article's figures, read the first time a question needs them and dropped with the article. */
const articleFigureCache = new WeakMap<Article, ArticleFigures>();

export interface AnswerState {
  /** Aliases the articles define; a question's long forms are read as their short forms. */
  aliases: AliasTable;
  /** The articles' words a chat shorthand may shorten ("ppl" → people), most used first. */
  shorthand?: (short: string) => readonly string[];
  /** The capitalised phrase the articles write with these lower-case initials ("cfo"), if any. */
  acronymPhrase?: (initials: string) => string | undefined;
  index: PassageIndex;
  passages: ReadonlyMap<string, IndexedPassage>;
  articles: ReadonlyMap<string, Article>;
  /** What value selection needs to know about the corpus as a whole. */
  select: SelectOptions;
  toQuote: (ip: IndexedPassage) => Quote;
  /** The kind of value the articles mostly state beside a noun, by its search term (`learn-value-kinds.ts`). */
  valueKindOf?: (term: string) => ValueKind | undefined;
  /** Topic commands to suggest when there is no answer. */
  topics: readonly Topic[];
}

/**
 * Answers one question. Never throws on any string. A remark asked for by its speaker's role ("what did
 * Northwind's CEO say?") is answered in two steps (`answer-role-speaker.ts`).
 */
export function answerQuestion(
  state: AnswerState,
  question: string,
  previousQuestion?: string,
  /** The story asked about, when known: its parties answer "who is the deal between?". */
  story?: Pick<Story, "parties">,
): AnswerResult {
  const direct = (q: string, previous?: string) => answerDirect(state, q, previous, story);
  return (
    answerRoleSpeaker(
      normalizeQuestion(question),
      clipQuestion(question),
      state.articles.size,
      direct,
      previousQuestion,
    ) ?? direct(question, previousQuestion)
  );
}

function answerDirect(
  state: AnswerState,
  question: string,
  previousQuestion?: string,
  story?: Pick<Story, "parties">,
): AnswerResult {
  const asked = clipQuestion(question);
  const articleCount = state.articles.size;
  const noAnswer = (analysis: ReturnType<typeof analyzeQuestion>, reason: string) =>
    noAnswerResult({
      asked,
      answerType: analysis.answerType,
      articleCount,
      reason,
      suggestions: suggestTopics(analysis, state.topics),
    });

  // 1. normalise, 2. analyse (a follow-up borrows the earlier question's subject).
  const folded = state.aliases.fold(unshout(normalizeQuestion(question), state.select.isCommonWord));
  const expanded = state.acronymPhrase
    ? expandAcronyms(folded, state.acronymPhrase, (w) => {
        const t = processTerm(w);
        return t !== null && state.index.documentFrequency(t) === 0;
      })
    : folded;
  const wordNet = sharedWordNet();
  const vocabulary: Vocabulary = {
    corpusCount: (w) => {
      const t = processTerm(w);
      return t === null ? 0 : state.index.documentFrequency(t);
    },
    // An inflection of an everyday word ("wanted", "supplied") is everyday too: compromise lists base forms.
    isCommon: (w) =>
      inLexicon(w, true) ||
      INFLECTIONS.some(
        ([ending, base]) => w.endsWith(ending) && inLexicon(w.slice(0, -ending.length) + base, true),
      ),
    isEnglish: (w) => wordNet.partsOfSpeech(w).length > 0,
    isInterjection,
    isFamiliar: (w) => wordNet.taggedSenses(w) > 0,
    // Of the whole corpus's words a shorthand may shorten, one this story's articles use.
    expandShorthand: (w) =>
      state.shorthand?.(w).find((word) => {
        const t = processTerm(word);
        return t !== null && state.index.documentFrequency(t) > 0;
      }),
  };
  const text = correctTypos(expanded, vocabulary);
  // A name's term: a main actor's, or one the articles hold, never write in lower case and WordNet does not
  // know ("openai"; not "chip", nor "cpus" though always written "CPUs").
  const isName = (t: string) =>
    state.select.ubiquitous.has(t) ||
    (state.index.documentFrequency(t) > 0 &&
      !state.select.isCommonWord(t) &&
      !wordNet.partsOfSpeech(t).length);
  const framed = mergeFollowUp(analyzeQuestion(text), previousQuestion, isName);
  // A misspelt English word ("aquisition") is no word of another language; a short one tells too little
  // ("ist" is one slip from "its"), so the language is told from the question as typed.
  const knownWord = (w: string) => {
    const t = processTerm(w);
    return (
      t === null ||
      state.index.documentFrequency(t) > 0 ||
      (w.length >= MIN_TELLING_TYPO && correctTypos(w, vocabulary) !== w)
    );
  };
  if (!isEnglish(expanded, knownWord)) return noAnswer(framed, "I can only answer questions in English.");
  // A question of framing verbs alone ("what changed?") is about those verbs after all.
  const first =
    framed.terms.length || framed.cueTerms.length
      ? framed
      : { ...framed, terms: framed.frameTerms, frameTerms: [] };
  if (!first.terms.length && !first.cueTerms.length) {
    return noAnswer(first, "Ask me about the story in a few words, e.g. “how much is the deal worth?”.");
  }
  // "2" or "9." alone is a pick from a list that is no longer there, not a question about the number 2.
  if (/^\s*#?\d{1,3}\s*[.)]?\s*$/.test(text)) {
    return noAnswer(
      first,
      "A number alone picks a story only right after a list of stories; ask a question instead.",
    );
  }
  if (!articleCount) return noAnswer(first, "I have no articles loaded yet.");
  // "HQ" written in capitals is WordNet's abbreviation of a noun the articles write out ("headquarters").
  const isAbbreviation = (word: string) =>
    /^\p{Lu}{2,4}$/u.test(word) &&
    wordNet.of(word.toLowerCase()).some((w) => {
      const t = processTerm(w);
      return t !== null && state.index.documentFrequency(t) > 0;
    });
  const corrected = correctSpelling(first, state.index, isAbbreviation);
  if (corrected.unknownName) {
    return noAnswer(
      corrected.analysis,
      noneOfTheArticles(
        articleCount,
        `mentions ${corrected.unknownName}.`,
        `does not mention ${corrected.unknownName}.`,
      ),
    );
  }
  const listing = answerStoryListing(state, corrected.analysis.text, asked, story);
  if (listing) return listing;
  // "the offer" in a story whose articles say "the deal" or "the acquisition" is that deal: every sentence
  // of the story is about it, so the word is no subject a sentence must hold.
  const unusedDeal = new Set(
    (corrected.analysis.dealTerms ?? []).filter((t) => state.index.documentFrequency(t) === 0),
  );
  // A purpose or means question is answered by a sentence stating one, which may share few of its words.
  const relation = corrected.analysis.yesNo ? undefined : askedRelation(corrected.analysis.text, wordNet);
  const relatedWords = relatedTerms(
    corrected.analysis.text,
    [...corrected.analysis.terms, ...corrected.analysis.cueTerms],
    wordNet,
    (t) => state.index.documentFrequency(t),
  );
  compoundRelatives(
    corrected.analysis.text,
    [...corrected.analysis.terms, ...corrected.analysis.cueTerms],
    (t) => state.index.documentFrequency(t),
    state.select.isCommonWord,
    relatedWords,
  );
  // "who's the lawyer for the committee?": the articles may name an office by another word for it or a
  // kind of it ("counsel", "attorney"), however often they use the asked one.
  for (const word of tokenize(corrected.analysis.text)) {
    const t = !/^\p{Lu}/u.test(word) && processTerm(word);
    if (!t || !corrected.analysis.terms.includes(t)) continue;
    const kinds = officeWords(word.toLowerCase(), wordNet)
      .flatMap((w) => processTerm(w) ?? [])
      .filter((k) => k !== t && state.index.documentFrequency(k) > 0);
    if (kinds.length) relatedWords.set(t, [...new Set([...(relatedWords.get(t) ?? []), ...kinds])]);
  }
  // "the DIP loan" is the "debtor-in-possession loan" of a sentence, and the other way round.
  const spelledOut = state.acronymPhrase
    ? acronymRelatives(corrected.analysis.text, state.acronymPhrase, (t) => state.index.documentFrequency(t))
    : new Map<string, string[]>();
  for (const [t, others] of spelledOut)
    relatedWords.set(t, [...new Set([...(relatedWords.get(t) ?? []), ...others])]);
  // "the EPA" is named by a sentence writing "the Environmental Protection Agency" (a name only: ranking
  // stays on the question's own words).
  if (state.acronymPhrase) {
    for (const [t, others] of acronymNames(corrected.analysis.text, state.acronymPhrase, (t) =>
      state.index.documentFrequency(t),
    ))
      spelledOut.set(t, [...new Set([...(spelledOut.get(t) ?? []), ...others])]);
  }
  // "how will it finance the plant?" is told by a sentence saying it will "pay for" it "from …".
  if (relation?.verb && relation.verbTerm) {
    const acts = actWords(relation.verb, wordNet)
      .map((w) => processTerm(w))
      .filter(
        (t): t is string => t !== null && t !== relation.verbTerm && state.index.documentFrequency(t) > 0,
      );
    if (acts.length)
      relatedWords.set(relation.verbTerm, [
        ...new Set([...(relatedWords.get(relation.verbTerm) ?? []), ...acts]),
      ]);
  }
  // "which regulator is reviewing the deal?" where no article writes the word or one WordNet relates to
  // it: the noun only says what kind of name is asked ("reviewed by the FMT" names it; `select-values.ts`).
  const kind = corrected.analysis.answerType === "things" ? askedKind(corrected.analysis) : undefined;
  const unusedKind = kind && state.index.documentFrequency(kind) === 0 && !relatedWords.get(kind) ? kind : "";
  const learned = state.valueKindOf && learnedAnswerType(corrected.analysis, state.valueKindOf);
  // A quantity another type's rules read into the question ("pay" → a price) is not the asked one's.
  const learnedType = learned
    ? {
        answerType: learned,
        measure: undefined,
        per: undefined,
        anyPer: undefined,
        range: undefined,
        rateTerms: undefined,
        prior: false,
      }
    : undefined;
  let analysis = organizationKind(wordNet, {
    ...corrected.analysis,
    terms: corrected.analysis.terms.filter((t) => !unusedDeal.has(t) && t !== unusedKind),
    related: relatedWords,
    ...(spelledOut.size ? { spelledOut } : {}),
    clause: corrected.analysis.yesNo
      ? yesNoClause(corrected.analysis.text, (w) => wordNet.partsOfSpeech(w))
      : undefined,
    // "what is the break fee?" asks for an amount when WordNet files the noun under possessions; so does
    // "what fee are the underwriters getting?", whose kind is no kind of name. What the articles state
    // beside the asked noun tells first ("Haircut: 35%"): they know their deal's nouns.
    ...learnedType,
    answerType:
      learnedType?.answerType ??
      ((corrected.analysis.answerType === "none" &&
        !corrected.analysis.yesNo &&
        asksForAmount(corrected.analysis.text, wordNet)) ||
      (corrected.analysis.answerType === "things" && focusNamesAmount(corrected.analysis, wordNet))
        ? ("money" as const)
        : corrected.analysis.answerType),
  });
  // "how much water will it use?" asks for a measured quantity, not money (WordNet files water as a substance).
  if (analysis.answerType === "money" && asksForMeasure(analysis.text, wordNet)) {
    const measuredNoun = measuredNounOf(analysis.text);
    Object.assign(analysis, {
      answerType: "count" as const,
      measured: true,
      measure: undefined,
      ...(measuredNoun ? { measuredNoun } : {}),
    });
  }

  // 3. retrieve, 4. rank (each candidate's values of the asked type are selected here).
  const uninformative = uninformativeTerms(
    analysis.text,
    analysis.terms,
    relatedWords,
    (t) => state.index.documentFrequency(t),
    wordNet,
    holdTogether(state.index, (id) => state.passages.get(id)?.terms),
  );
  // "the second milestone payment": a list gives its items' places without writing them, so an ordinal
  // no article writes is no evidence against a sentence.
  const ordinal = analysis.listOrdinal?.term;
  if (ordinal && state.index.documentFrequency(ordinal) === 0) uninformative.add(ordinal);
  const weight = termWeight(
    state.index,
    uninformative,
    saidOtherwise(analysis.terms, relatedWords, (t) => state.index.documentFrequency(t)),
  );
  const rankWith = (hits: readonly PassageHit[], asked: QuestionAnalysis) =>
    rankCandidates({
      analysis: asked,
      hits,
      lookup: (id) => state.passages.get(id),
      weight,
      select: state.select,
    });
  const rankOnly = (hits: readonly PassageHit[]) => rankWith(hits, analysis);
  // A time question's answer may name its event without the question's verb ("full capacity by 2031").
  const verbs = analysis.answerType === "date" ? questionVerbs(analysis, wordNet) : new Set<string>();
  const rank = (hits: readonly PassageHit[]) => preferBoundTimes(rankOnly(hits), analysis, weight, verbs);
  // Every passage looked at, to rank again if the question turns out to ask another kind of value.
  const seen: PassageHit[] = retrievePassages(analysis, state.index, weight);
  let ranked = rank(seen);
  // Sources stating the answer in fewer of the question's words (the subject only in the sentence before)
  // still answer, agree or disagree: they are looked up by all its terms, not only the rarer ones.
  let widened = !needsValue(analysis) && !relation;
  const widen = () => {
    if (widened) return;
    widened = true;
    const wider = widerHits(analysis, state, ranked);
    seen.push(...wider);
    ranked = [...ranked, ...rank(wider)].sort((a, b) => b.score - a.score);
  };
  const stated = new Map<Candidate, number>();
  if (relation) {
    widen();
    ranked = preferRelation(ranked, relation, analysis, weight, wordNet, stated);
  }
  // "who advised X on its purchase of Y?": a sentence whose names do the asked act answers over sentences
  // sharing more of the question's other words.
  const doing = new Set<Candidate>();
  if (!relation && asksDoer(analysis)) ranked = preferDoers(ranked, analysis, wordNet, doing);
  let good = eligible(ranked, analysis, state.select.ubiquitous, doing);
  // A sentence stating the asked purpose or means outranks every sentence that only shares words.
  if (relation) {
    const strongest = Math.max(0, ...good.map((c) => stated.get(c) ?? 0));
    if (strongest) good = good.filter((c) => stated.get(c) === strongest);
  }
  const acted = good.filter((c) => doing.has(c));
  if (acted.length) good = acted;
  if (!good.length) {
    widen();
    good = eligible(ranked, analysis, state.select.ubiquitous);
  }
  // "is this a done deal?": what the deal still needs says no, a completion stated says yes; a sentence
  // sharing only the word "deal" says neither.
  let completion: ReturnType<typeof completionStated>;
  if (analysis.yesNo && asksCompletion(analysis.text)) {
    widen();
    // The sentences saying what a deal needs use their own words ("the order must still be approved"):
    // they are looked up by those, every passage of the story being about its deal.
    const seenIds = new Set(seen.map((h) => h.passageId));
    const more = state.index.search(COMPLETION_TERMS, CANDIDATES).filter((h) => !seenIds.has(h.passageId));
    const stating = [...ranked, ...rank(more)]
      .filter((c) => completionStated(c.ip.passage.text))
      .sort((a, b) => b.score - a.score);
    if (stating.length) {
      completion = stating.some((c) => completionStated(c.ip.passage.text) === "complete")
        ? "complete"
        : "pending";
      good = stating.filter((c) => completionStated(c.ip.passage.text) === completion);
    }
  }
  // "how much is the dividend?", "what was its operating profit?": where the sentences saying most of the
  // question hold no amount as asked, one a share ("18 pence a share") or one dated earlier ("$410 million
  // last year") answers, before a sentence that says less of it. Only those sentences are ranked again.
  if (analysis.answerType === "money" && !analysis.per && !analysis.relaxed) {
    const coverage = Math.max(0, ...good.map((c) => c.coverage));
    const closer = new Set(ranked.filter((c) => c.coverage > coverage).map((c) => c.ip.passage.id));
    const relaxed = { ...analysis, relaxed: true as const };
    if (
      closer.size &&
      eligible(
        rankWith(
          seen.filter((h) => closer.has(h.passageId)),
          relaxed,
        ),
        relaxed,
        state.select.ubiquitous,
      ).length
    ) {
      analysis = relaxed;
      ranked = rank(seen);
      good = eligible(ranked, analysis, state.select.ubiquitous);
    }
  }
  // "how big is the greenshoe?", "how much gold does it mine?": no amount of money answers, a count may.
  const count =
    !good.length && analysis.answerType === "money" ? countInstead(analysis.text, wordNet) : undefined;
  if (count) {
    const asMoney = { analysis, ranked };
    analysis = { ...analysis, answerType: "count", ...count, measure: undefined, per: undefined };
    ranked = rank(seen);
    good = eligible(ranked, analysis, state.select.ubiquitous);
    if (!good.length) ({ analysis, ranked } = asMoney);
  }
  // "how much higher was the bid than the first?": where no percentage answers, an amount may ("$75 million
  // more").
  if (!good.length && analysis.answerType === "percent" && asksDifference(analysis.text)) {
    const asPercent = { analysis, ranked };
    analysis = { ...analysis, answerType: "money", percentMeasure: undefined };
    ranked = rank(seen);
    good = eligible(ranked, analysis, state.select.ubiquitous);
    if (!good.length) ({ analysis, ranked } = asPercent);
  }
  if (!good.length) {
    const otherRole = otherRoleReason(analysis, ranked);
    if (otherRole) return { ...noAnswer(analysis, otherRole.reason), quotes: [state.toQuote(otherRole.ip)] };
    return noAnswer(analysis, otherMeasureReason(analysis, ranked) ?? notFoundReason(analysis, articleCount));
  }
  if (analysis.answerType === "quote") clusterRemarks(good);
  // A milestone ("after a restructuring", "once it is approved") answers "when" only where no source
  // states a time: any passage giving a time outranks every milestone.
  if (analysis.answerType === "date") {
    const isMilestone = (c: Candidate) => (c.values[0] as { kind?: string } | undefined)?.kind === "event";
    const timed = good.filter((c) => !isMilestone(c));
    if (timed.length) good = timed;
    good = withoutPeriodEnds(good, analysis);
    // "What date …?" is answered by a day where a source gives one, before a year or a quarter.
    if (analysis.asksDay) {
      const days = good.filter((c) => namesDay(c.values[0] as DateValue));
      if (days.length) good = days;
    }
    // Only a time of the asked event answers: a story that never says when its deal closes has other
    // times ("on Thursday", "last year"), none of them the closing.
    const event = analysis.yesNo ? [] : eventTerms(analysis);
    if (event.length) {
      const ofEvent = good.filter((c) => timeOfEvent(c, analysis, event, wordNet));
      if (!ofEvent.length) {
        const nearest = good[0]!;
        const time = nearest.values[0]?.text ?? "";
        return {
          ...noAnswer(
            analysis,
            `${notFoundReason(analysis, articleCount)} The times they give are of other events (nearest: “${time}”).`,
          ),
          quotes: [state.toQuote(nearest.ip)],
        };
      }
      good = ofEvent;
    }
    // A planned event is not dated by a day already past when the article was written.
    const planned = withoutPastTimes(good, analysis);
    if (!planned.length) {
      return {
        ...noAnswer(
          analysis,
          `${notFoundReason(analysis, articleCount)} The times they give had already passed (nearest: “${good[0]!.values[0]?.text ?? ""}”).`,
        ),
        quotes: [state.toQuote(good[0]!.ip)],
      };
    }
    good = planned;
  }
  // "hundreds of thousands of chips" in one source, "about 600,000 chips" in another: the exact count
  // inside the vague one's span says more, and answers.
  if (analysis.answerType === "count") good = withoutVagueCounts(good);

  // 5. corroborate.
  widen();
  const related = ranked.filter((c) => c.key && c.coverage >= SUPPORT_COVERAGE && !good.includes(c));
  const corroborated = corroborate(good, analysis, articleCount, related);
  let { chosen, supporting } = corroborated;
  const about = () => subjectLabel(analysis);

  // 6. conflicts; for a remark, the sources quoting it decide agreement too.
  let quotes: Quote[];
  let agreeing: number;
  const conflicts: Conflict[] = [];
  if (analysis.answerType === "quote" && chosen.values[0]) {
    const remark = findRemarkConflict({
      chosen,
      index: state.index,
      passages: state.passages,
      toQuote: state.toQuote,
      about,
    });
    if (remark.conflict) conflicts.push(remark.conflict);
    quotes = [state.toQuote(chosen.ip), ...remark.agreeing.map(state.toQuote)];
    agreeing = 1 + remark.agreeing.length;
  } else {
    const settled = settleValueAnswer({
      analysis,
      chosen,
      supporting,
      eligible: good,
      ranked,
      toQuote: state.toQuote,
      about,
      figuresOf: cachedArticleFigures(
        (articleId) => state.articles.get(articleId),
        (article) => article.passages.flatMap((p) => state.passages.get(p.id) ?? []),
        articleFigureCache,
      ),
    });
    ({ chosen, supporting } = settled);
    conflicts.push(...settled.conflicts);
    quotes = [chosen, ...supporting].map((c) => state.toQuote(c.ip));
    agreeing = 1 + supporting.length;
  }

  // 7. the result. A yes/no question whose evidence says it is not told ("declined to say whether …") is
  // not answered, and that sentence is shown as the closest.
  const polarity = !analysis.yesNo
    ? undefined
    : completion
      ? completion === "complete"
        ? "yes"
        : "no"
      : pendingAct(analysis.text, quotes[0]!.text, analysis.clause?.predicate)
        ? "no"
        : sharedPolarity()(analysis.text, quotes[0]!.text);
  if (polarity === "unstated") {
    return { ...noAnswer(analysis, notFoundReason(analysis, articleCount)), quotes: quotes.slice(0, 1) };
  }
  return answeredResult({
    polarity,
    asked,
    analysis,
    values: analysis.answerType === "date" ? withCalendarDay(chosen, analysis) : chosen.values,
    quotes,
    agreeing,
    articleCount,
    conflicts,
  });
}

/**
 * The question's terms no passage holds but related words stand for, each with the most passages any of
 * those words is in (a lower bound of the passages holding one or another): what they weigh in ranking.
 */
function saidOtherwise(
  terms: readonly string[],
  related: ReadonlyMap<string, readonly string[]>,
  df: (term: string) => number,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) {
    const others = related.get(t);
    if (others?.length && df(t) === 0) out.set(t, Math.max(...others.map(df)));
  }
  return out;
}

/** Drops candidates whose count is vague where another counts the same thing exactly within its span. */
function withoutVagueCounts(good: Candidate[]): Candidate[] {
  const count = (c: Candidate) => c.values[0] as CountValue | undefined;
  const exact = good.flatMap((c) => {
    const v = count(c);
    const r = v && !v.vague ? countRange(v) : undefined;
    return v && r ? [{ noun: v.noun, n: r[0] }] : [];
  });
  if (!exact.length) return good;
  // "about 40 depots" in one source, "42 depots" in another: the exact count within the hedged one's
  // rounding says more.
  const figure = (c: Candidate) => {
    const v = count(c);
    return v ? figureOf(v, c.ip.passage.text) : undefined;
  };
  const bare = good.filter((c) => figure(c) && !figure(c)!.hedged);
  const kept = good.filter((c) => {
    const v = count(c);
    const r = v?.vague ? countRange(v) : undefined;
    if (r && exact.some((e) => e.noun === v!.noun && e.n >= r[0] && e.n < r[1])) return false;
    const f = figure(c);
    return !f?.hedged || !bare.some((b) => count(b)!.noun === v!.noun && agreeWithinRounding(f, figure(b)));
  });
  return kept.length ? kept : good;
}

/** Whether the kind a "what <noun> …?" question asks is a thing of money ("what fee …", "what dividend …"). */
function focusNamesAmount(analysis: QuestionAnalysis, wordNet: RelatedWords): boolean {
  const focus = analysis.focus;
  const noun = focus && tokenize(analysis.text).find((w) => processTerm(w) === focus);
  return noun !== undefined && noun !== "" && namesAmount(noun.toLowerCase(), wordNet);
}

/**
 * "which banks provided the loan?", "which regulators must approve it?": a kind of organisation or person
 * is answered by the names a sentence gives ("from JPMorgan", "in the United States and China"), which
 * need not repeat the kind's word, so the word only cues the answer (see `kind-noun.ts`).
 */
function organizationKind<A extends QuestionAnalysis>(wordNet: RelatedWords, analysis: A): A {
  const focus = analysis.focus;
  if (analysis.answerType !== "things" || !focus) return analysis;
  const noun = tokenize(analysis.text).find((w) => processTerm(w) === focus);
  if (!noun || !namesOrganizations(noun, wordNet)) return analysis;
  return {
    ...analysis,
    focus: undefined,
    terms: analysis.terms.filter((t) => t !== focus),
    cueTerms: [...analysis.cueTerms, focus],
  };
}

/** Whether a question asks who did an act: "who advised X?", "which banks lent the money?". */
function asksDoer(analysis: QuestionAnalysis): boolean {
  const type = analysis.answerType;
  return (
    (type === "organization" || type === "person" || type === "things") &&
    Boolean(analysis.agentAct ?? analysis.kindVerb) &&
    !analysis.yesNo
  );
}

/** What doing the asked act adds to a candidate's score. */
const DOER_BONUS = 0.15;

/**
 * Candidates re-ranked for a question asking who did an act: a sentence whose names do it ("Halvard
 * Partners advised Skarven", `askedActDoers`), or that names someone by the noun for its doer ("is serving
 * as financial advisor", WordNet's agent nouns of the verb) beside names it offers, gains DOER_BONUS and
 * counts as about the question: the act is what is asked, the question's other words ("on its purchase
 * of the ferries") only place it. Receives those candidates in `doing`.
 */
function preferDoers(
  ranked: readonly Candidate[],
  analysis: QuestionAnalysis,
  wordNet: RelatedWords,
  doing: Set<Candidate>,
): Candidate[] {
  const verb = (analysis.agentAct ?? analysis.kindVerb ?? "").toLowerCase();
  const agents = new Set(agentNouns(irregularBase(verb), wordNet).flatMap((w) => processTerm(w) ?? []));
  return ranked
    .map((c, i) => {
      if (i >= RELATION_READ) return c;
      const done = askedActDoers(c.ip, analysis);
      if (!done.doers.length && !holdsAgentNoun(c, agents)) return c;
      // Done for a party the question names ("advised Skarven") says more than done for someone unnamed.
      const bonus = done.forAsked ? 2 * DOER_BONUS : DOER_BONUS;
      const better = { ...c, score: c.score + bonus, coverage: Math.max(c.coverage, MIN_COVERAGE) };
      doing.add(better);
      return better;
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Whether a name the candidate offers holds the noun for the act's doer ("Pemberly Partners is serving as
 * financial advisor", "Wexley Advisory, the buyer's adviser"), as `roleHolders` binds a role.
 */
function holdsAgentNoun(c: Candidate, agents: ReadonlySet<string>): boolean {
  if (!c.values.length || !agents.size) return false;
  const text = c.ip.passage.text;
  const spans = c.ip.positions
    .filter((p) => agents.has(p.term))
    .map((p) => ({ at: p.at, end: p.at + (/^[\p{L}'’-]+/u.exec(text.slice(p.at))?.[0].length ?? 0) }));
  if (!spans.length) return false;
  const offered = new Set(c.values.map((v) => v.key));
  const names = c.ip.values.names.filter((n) => offered.has(n.key));
  return roleHolders(text, names, spans).holders.length > 0;
}

/** What stating the asked purpose or means adds to a candidate's score. */
const RELATION_BONUS = 0.3;
/** How many of the best candidates are read for a purpose or means. */
const RELATION_READ = 40;

/**
 * Candidates re-ranked for a purpose or means question: a sentence stating one gains RELATION_BONUS, and
 * one doing the asked act by another verb ("fund" for "finance") covers the asked verb.
 */
function preferRelation(
  ranked: readonly Candidate[],
  asked: AskedRelation,
  analysis: QuestionAnalysis,
  weight: (term: string) => number,
  wordNet: RelatedWords,
  /** Receives the candidates that state it, with how well (`statesRelation`). */
  stated: Map<Candidate, number>,
): Candidate[] {
  const total =
    analysis.terms.reduce((sum, t) => sum + weight(t), 0) +
      analysis.cueTerms.reduce((sum, t) => sum + weight(t) * CUE_WEIGHT, 0) || 1;
  const verbShare = asked.verbTerm ? weight(asked.verbTerm) / total : 0;
  return ranked
    .map((c, i) => {
      const strength =
        i < RELATION_READ
          ? statesRelation(
              c.ip.passage.text,
              asked,
              wordNet,
              openingHeading(c.ip.passage, c.ip.article.passages),
            )
          : 0;
      if (!strength) return c;
      const verbMissing = asked.verbTerm !== undefined && !c.ip.terms.has(asked.verbTerm);
      // "why is X selling the mine?" against "she said the company was selling because …": a cause given
      // in so many words answers a why-question whose other words it restates in its own (half of them).
      // The names it asks about must stand in the sentence or the one before.
      const cause =
        !asked.verb &&
        c.coverage >= MIN_COVERAGE / 2 &&
        statesCause(c.ip.passage.text, openingHeading(c.ip.passage, c.ip.article.passages)) &&
        analysis.names.every((name) =>
          termsOf(name).every((t) => c.ip.terms.has(t) || c.ip.contextTerms.has(t)),
        );
      const better = {
        ...c,
        score: c.score + (RELATION_BONUS * strength) / 2,
        coverage: Math.max(
          cause ? MIN_COVERAGE : 0,
          Math.min(1, c.coverage + (verbMissing && strength === 2 ? verbShare : 0)),
        ),
      };
      stated.set(better, strength);
      return better;
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * A time's values with a relative day ("on Tuesday") given its calendar day from the article's date:
 * "on Tuesday (September 9, 2025)", and a relative year its year: "the second half of next year (2027)"
 * (see `resolve-day.ts`).
 */
function withCalendarDay(chosen: Candidate, analysis: QuestionAnalysis): Value[] {
  const [first, ...rest] = chosen.values;
  if (!first || (first as DateValue).kind !== "undated") return chosen.values;
  const published = chosen.ip.article.meta.published;
  const day =
    dayOf(first.text, published, asksFuture(analysis.text) ? "future" : "past") ??
    yearOf(first.text, published);
  return day ? [{ ...first, text: `${first.text} (${day})` }, ...rest] : chosen.values;
}

/** How each money quantity is named in a decline. */
const MEASURE_PHRASE: Record<MoneyMeasure, string> = {
  valuation: "the valuation",
  raised: "the amount raised",
  price: "the price",
  revenue: "the revenue",
};

/**
 * When a money question names one quantity and the best passages about its subject state only another
 * ("raises €1.7 billion" for "what is it valued at?"), the honest decline says what is there: "The articles
 * give the amount raised, €1.7 billion, not the valuation." Undefined when no such passage ranks.
 */
export function otherMeasureReason(
  analysis: QuestionAnalysis,
  ranked: readonly { ip: IndexedPassage; coverage: number }[],
): string | undefined {
  const asked = analysis.measure;
  // Revenue is told apart from a deal's amounts less reliably; a plain decline is safer there.
  if (analysis.answerType !== "money" || !asked || asked === "revenue") return undefined;
  for (const c of ranked) {
    // Only a passage naming the question's subject says what the articles give about it.
    if (c.coverage < SUPPORT_COVERAGE || !analysis.names.every((n) => namedIn(c.ip, n))) continue;
    const other = c.ip.values.money.find(
      (m) => m.per === analysis.per && m.measure && m.measure !== asked && m.measure !== "revenue",
    );
    if (other?.measure) {
      return `The articles give ${MEASURE_PHRASE[other.measure]}, ${other.text}, not ${MEASURE_PHRASE[asked]}.`;
    }
  }
  return undefined;
}

/**
 * When a question asks a company's officer ("who is X's chairman?") and the sentences about it name only
 * holders of other roles, the honest decline says who is named: "The articles name X's chief executive,
 * Jane Doe, not a chairman." Undefined when no ranked sentence names one.
 */
export function otherRoleReason(
  analysis: QuestionAnalysis,
  ranked: readonly { ip: IndexedPassage; coverage: number }[],
): { reason: string; ip: IndexedPassage } | undefined {
  if (analysis.answerType !== "person" && analysis.answerType !== "organization") return undefined;
  for (const c of ranked) {
    // The role's word is what such a sentence lacks: naming the question's company is enough.
    const about = analysis.names.length
      ? analysis.names.every((n) => namedIn(c.ip, n))
      : c.coverage >= SUPPORT_COVERAGE;
    if (!about) continue;
    const named = otherRoleNamed(c.ip, analysis);
    if (named) return { reason: `The articles name ${named}.`, ip: c.ip };
  }
  return undefined;
}

/** Whether a passage or its context names a word of the question ("Glimra" in "Glimra Biosciences raised …"). */
function namedIn(ip: IndexedPassage, name: string): boolean {
  const t = processTerm(name.replace(/['’]s$/, ""));
  return t === null || ip.terms.has(t) || ip.contextTerms.has(t);
}

/** Passages holding any of the question's terms (related words included), less those already ranked. */
function widerHits(
  analysis: QuestionAnalysis,
  state: AnswerState,
  ranked: readonly Candidate[],
): PassageHit[] {
  const terms = new Set([
    ...analysis.terms,
    ...analysis.cueTerms,
    ...[...(analysis.related?.values() ?? [])].flat(),
  ]);
  const seen = new Set(ranked.map((c) => c.ip.passage.id));
  // Within a story (a few articles) every passage; over a larger corpus only the articles already found
  // about the question (the best WIDER_ARTICLES): commoner terms looked up over a whole corpus would
  // cost in proportion to it.
  if (state.articles.size <= WIDER_ARTICLES) {
    return state.index.search([...terms], CANDIDATES).filter((h) => !seen.has(h.passageId));
  }
  const articles = new Set<string>();
  for (const c of ranked) {
    if (articles.size >= WIDER_ARTICLES) break;
    if (c.coverage >= SUPPORT_COVERAGE) articles.add(c.ip.article.meta.id);
  }
  const scope = new Set(
    [...articles]
      .flatMap((id) => state.articles.get(id)?.passages.map((p) => p.id) ?? [])
      .filter((id) => !seen.has(id)),
  );
  return scope.size ? state.index.search([...terms], CANDIDATES, scope) : [];
}
