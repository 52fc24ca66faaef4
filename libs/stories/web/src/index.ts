import './lib/stories.css';

export { StoriesPage } from './lib/stories-page';
export { StoryEditorPage } from './lib/story-editor-page';
export { STORY_REDACTIE_ROLES } from './lib/labels';
