'use server';
/** Meeting writes: each is the shared schema, the role and a business step from server/meeting-writes.ts. */
import { createMeetingSchema, meetingTopicSchema, updateMeetingSchema } from '@/lib/validation/meeting-form';
import { createMeetingStep, tagMeetingStep, untagMeetingStep, updateMeetingStep } from '@/server/meeting-writes';
import { staffAction } from './staff-action';

export const createMeeting = staffAction({ role: 'editor', schema: createMeetingSchema, run: createMeetingStep });
export const updateMeeting = staffAction({ role: 'editor', schema: updateMeetingSchema, run: updateMeetingStep });
export const tagMeetingTopic = staffAction({ role: 'editor', schema: meetingTopicSchema, run: tagMeetingStep });
export const untagMeetingTopic = staffAction({ role: 'editor', schema: meetingTopicSchema, run: untagMeetingStep });
