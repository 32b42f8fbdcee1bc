import type { Publisher } from '../publisher.ts';

/** Japan's Ministry of Foreign Affairs. */
export const ministry: Publisher = {
  name: 'Ministry of Foreign Affairs of Japan',
  aliases: ['MOFA', 'Japan Ministry of Foreign Affairs', 'Ministry of Foreign Affairs, Japan'],
  hosts: ['www.mofa.go.jp', 'mofa.go.jp'],
  country: 'Japan',
  language: 'en',
  timeZone: 'Asia/Tokyo',
};

/** The Prime Minister's Office of Japan (the Kantei), whose English readouts take MOFA's shape. */
export const primeMinistersOffice: Publisher = {
  name: 'Prime Minister’s Office of Japan',
  // Names are compared normalised, so the name with a straight apostrophe needs no alias.
  aliases: ['Kantei', 'Prime Minister of Japan and His Cabinet'],
  hosts: ['japan.kantei.go.jp', 'www.kantei.go.jp'],
  country: 'Japan',
  language: 'en',
  timeZone: 'Asia/Tokyo',
};
