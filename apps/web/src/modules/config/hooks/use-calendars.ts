import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addHoliday,
  configKeys,
  createCalendar,
  deleteCalendar,
  listCalendars,
  listHolidays,
  removeHoliday,
  updateCalendar,
  type CalendarInput,
} from '../api';

export function useCalendars() {
  return useQuery({ queryKey: configKeys.calendars, queryFn: ({ signal }) => listCalendars(signal), select: (d) => d.items });
}

export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CalendarInput }) => (id === null ? createCalendar(body) : updateCalendar(id, body)),
    // Holidays depend on the calendar's national switch: refresh everything under it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.calendars }),
  });
}

export function useDeleteCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCalendar(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.calendars }),
  });
}

export function useHolidays(calendarId: string, year: number) {
  return useQuery({
    queryKey: configKeys.holidays(calendarId, year),
    queryFn: ({ signal }) => listHolidays(calendarId, year, signal),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

export function useAddHoliday(calendarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { date: string; name: string }) => addHoliday(calendarId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...configKeys.calendars, calendarId] }),
  });
}

export function useRemoveHoliday(calendarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeHoliday(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...configKeys.calendars, calendarId] }),
  });
}
