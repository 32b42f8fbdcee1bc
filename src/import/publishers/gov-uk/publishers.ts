import type { Publisher } from '../publisher.ts';

const britain = { country: 'United Kingdom', language: 'en', timeZone: 'Europe/London' };

/** The Prime Minister's Office, 10 Downing Street. */
export const primeMinistersOffice: Publisher = {
  name: 'Prime Minister’s Office, 10 Downing Street',
  aliases: [
    "Prime Minister's Office, 10 Downing Street",
    '10 Downing Street',
    'Downing Street',
    'UK Prime Minister’s Office',
    "UK Prime Minister's Office",
  ],
  hosts: ['www.gov.uk', 'gov.uk'],
  ...britain,
};

/** The Foreign, Commonwealth & Development Office (the Foreign & Commonwealth Office before September 2020). */
export const foreignOffice: Publisher = {
  name: 'Foreign, Commonwealth & Development Office',
  aliases: [
    'Foreign, Commonwealth and Development Office',
    'FCDO',
    'Foreign & Commonwealth Office',
    'Foreign and Commonwealth Office',
    'FCO',
  ],
  hosts: ['www.gov.uk', 'gov.uk'],
  ...britain,
};
