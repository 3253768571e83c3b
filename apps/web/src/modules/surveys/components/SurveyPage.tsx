import { Box, Button, Center, Loader, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconMoodSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { BrandMark } from '../../../ui/BrandMark';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePageTitle } from '../../../ui/use-page-title';
import { Stars } from '../../attendances/components/Stars';
import { answerSurvey, getSurvey, surveyKey } from '../api';
import { StarPicker } from './StarPicker';

function Done({ title, text, rating }: { title: string; text: string; rating: number | null }) {
  return (
    <Stack align="center" gap="sm" ta="center" py="md" role="status">
      <ThemeIcon size={64} radius="xl" color="teal" variant="light" aria-hidden>
        <IconCircleCheck size={36} />
      </ThemeIcon>
      <Title order={1} fz={22}>
        {title}
      </Title>
      <Text c="dimmed">{text}</Text>
      {rating && <Stars rating={rating} size={22} />}
    </Stack>
  );
}

/**
 * SPEC ATT-08: the customer's page, outside the console (no login), in the browser's language:
 * a 1–5 rating and a comment, once per attendance.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const survey = useQuery({ queryKey: surveyKey(token), queryFn: ({ signal }) => getSurvey(token, signal), retry: false });
  const answer = useMutation({ mutationFn: (body: { rating: number; comment: string }) => answerSurvey(token, body) });
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  usePageTitle(t('survey.title'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!rating);
    if (rating) answer.mutate({ rating, comment: comment.trim() });
  };

  const already = survey.data?.answered || isApiError(answer.error, 409);
  let content;
  if (survey.isPending)
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  // A malformed token is refused by validation (400): to the customer it is the same missing survey.
  else if (isApiError(survey.error, 404) || isApiError(survey.error, 400)) {
    content = (
      <Stack align="center" gap="sm" ta="center" py="md">
        <ThemeIcon size={64} radius="xl" color="gray" variant="light" aria-hidden>
          <IconMoodSearch size={36} />
        </ThemeIcon>
        <Title order={1} fz={22}>
          {t('survey.notFound')}
        </Title>
        <Text c="dimmed">{t('survey.notFoundText')}</Text>
      </Stack>
    );
  } else if (!survey.data) content = <ErrorAlert error={survey.error} />;
  else if (answer.isSuccess) content = <Done title={t('survey.thanks')} text={t('survey.thanksText')} rating={rating} />;
  else if (already) content = <Done title={t('survey.thanks')} text={t('survey.alreadyText')} rating={survey.data.rating} />;
  else {
    const { organizationName, protocol } = survey.data;
    content = (
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Stack gap={4} ta="center">
            <Text size="sm" c="dimmed">
              {protocol
                ? t('survey.context', { organization: organizationName, protocol })
                : t('survey.contextNoProtocol', { organization: organizationName })}
            </Text>
            <Title order={1} fz={22}>
              {t('survey.question')}
            </Title>
          </Stack>
          <StarPicker value={rating} onChange={setRating} invalid={missing && !rating} />
          {missing && !rating && (
            <Text size="sm" c="red.7" ta="center" role="alert">
              {t('survey.pickRating')}
            </Text>
          )}
          <Textarea
            label={t('survey.comment')}
            placeholder={t('survey.commentPlaceholder')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
          />
          <ErrorAlert error={answer.error} />
          <Button type="submit" size="md" loading={answer.isPending} fullWidth>
            {t('survey.submit')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }} px="md">
      <Stack maw={480} mx="auto" gap="lg">
        <Center>
          <BrandMark />
        </Center>
        <Paper component="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }}>
          {content}
        </Paper>
      </Stack>
    </Box>
  );
}
