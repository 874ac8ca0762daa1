import type { DateField } from 'payload'

type DateAdmin = NonNullable<NonNullable<DateField['admin']>['date']>

/** A calendar day, picked and listed with its year ("5 Jun 2012"; Payload's default is "Jun 05"). */
export const DAY: DateAdmin = { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }

/** A day and a time to the minute, on the 24-hour clock. */
export const DAY_AND_TIME: DateAdmin = { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' }

/** How the admin lists any other date (Payload's default, "June 5th 2012, 12:00 AM", reads as American). */
export const ADMIN_DATE_FORMAT = 'd MMM yyyy, HH:mm'
