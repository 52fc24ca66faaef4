import './lib/meetups.css';

export { ActivitiesPage } from './lib/activities-page';
export { ActivityPage } from './lib/activity-page';
export { CalendarFeedsCard, WerkgroepCalendarFeedsCard, type FeedChoice } from './lib/calendar-feeds';
