// Fixed ids for the stories cases: a well-formed id that names no story, person or consent.
export const NO_SUCH_STORY = '00000000-0000-4000-8000-00000000a8e1';
