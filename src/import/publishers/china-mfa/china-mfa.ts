import { readOfficePage } from '../office-page.ts';
import { splitHeadedPage } from '../headed-page.ts';
import type { Publisher, PublisherShape } from '../publisher.ts';

const ministry: Publisher = {
  name: 'Ministry of Foreign Affairs of the People’s Republic of China',
  // Names are compared normalised, so the name with a straight apostrophe needs no alias.
  aliases: ['Chinese Ministry of Foreign Affairs', 'China Ministry of Foreign Affairs', 'FMPRC'],
  hosts: ['www.fmprc.gov.cn', 'fmprc.gov.cn', 'www.mfa.gov.cn', 'mfa.gov.cn'],
  country: 'China',
  language: 'en',
  timeZone: 'Asia/Shanghai',
};

/**
 * China's Ministry of Foreign Affairs: a breadcrumb ("Home > China News"), the headline, the
 * date and time ("2021-10-08 22:30"), a lead with its own date ("On the afternoon of October 8,
 * 2021, President Xi Jinping had a phone conversation with ..."), names in Chinese order, and
 * "Suggest to a friend" after the text.
 */
export const chinaMfa: PublisherShape = {
  id: 'china-mfa',
  publishers: [ministry],
  recognises: (text) => /^Home\s*>/m.test(text) || /^Suggest to a friend/im.test(text),
  read: ({ text, lexicon }) =>
    readOfficePage(
      {
        publisher: ministry,
        ...splitHeadedPage(text, {
          labels: /^(?:Home\s*>.*|Print|Close)$/i,
          end: /^(?:Suggest to a friend|<?Suggest To A Friend>?|Print$|Close$)/i,
        }),
      },
      lexicon,
    ),
};
