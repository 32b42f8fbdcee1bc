/**
 * The verbs a lead joins the principals with ("received a courtesy call from", "held a
 * meeting with"), each with its present tense for a headline: singular, plural.
 */
export const meetingVerbs: Readonly<Record<string, readonly [string, string]>> = {
  received: ['receives', 'receive'],
  held: ['holds', 'hold'],
  had: ['has', 'have'],
  paid: ['pays', 'pay'],
  hosted: ['hosts', 'host'],
  met: ['meets', 'meet'],
  conducted: ['conducts', 'conduct'],
  made: ['makes', 'make'],
  attended: ['attends', 'attend'],
  exchanged: ['exchanges', 'exchange'],
  visited: ['visits', 'visit'],
  called: ['calls', 'call'],
  talked: ['talks', 'talk'],
  spoke: ['speaks', 'speak'],
  welcomed: ['welcomes', 'welcome'],
};

/** A regular-expression group matching one of the verbs. */
export const verbGroup = `(${Object.keys(meetingVerbs).join('|')})`;
