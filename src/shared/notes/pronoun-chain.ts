/**
 * "Adams had started only two games … He bounced around the league … He spent 2015 on … He signed
 * with the Colts in 2018": a run of sentences that each tell the same "he" carries on the person
 * the sentence before the run opens on. carried-subject.ts reads only the sentence right before the
 * pronoun, so a profile's third "he" was left unnamed, and a dated correction printed "misstated
 * the year he signed with the Colts" (round 26: three refused date notes of fresh20–22, each for a
 * "he" the note never names). The run is passed over only while its sentences hold the same
 * pronoun ("he", "his", "him"; "she", "her") and name no person; the sentence before it is then
 * read as carried-subject.ts reads the one right before.
 */
import { carriedSubject } from './carried-subject';
import { nameRuns, personName } from './names';

/** The person a pronoun run carries on, named in full; '' when the run is not plain. */
export function chainCarried(reach: string[], line: string, pronoun: string, articleText: string): string {
  const same = /^he$/i.test(pronoun) ? /\b(?:he|his|him)\b/i : /\b(?:she|her|hers)\b/i;
  let k = 0;
  while (k < reach.length - 1 && same.test(reach[k]!) && !nameRuns(reach[k]!).some((run) => personName(run.text))) k++;
  return k > 0 ? carriedSubject(reach[k]!, line, pronoun, articleText) : '';
}
