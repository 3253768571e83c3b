import { ActionIcon, Group, Slider, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconPlayerPauseFilled,
  IconPlayerPlayFilled,
  IconRewindBackward10,
  IconRewindForward10,
  IconVolume,
  IconVolumeOff,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, seekTarget } from '../player-time';

type Props = {
  src: string;
  /** The length the server measured, shown until the audio tells its own. */
  durationHint?: number;
  autoPlay?: boolean;
};

/**
 * SPEC VOX-04: play/pause, a progress bar to seek, elapsed and total time, back and forward
 * 10 s, and volume. The audio comes with HTTP Range, so seeking does not download it all.
 */
export function RecordingPlayer({ src, durationHint = 0, autoPlay = false }: Props) {
  const { t } = useTranslation();
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(durationHint);
  const [volume, setVolume] = useState(1);
  const [muted, setMuted] = useState(false);

  useEffect(() => {
    if (audio.current) {
      audio.current.volume = volume;
      audio.current.muted = muted;
    }
  }, [volume, muted]);

  const el = () => audio.current;
  const toggle = () => {
    const a = el();
    if (!a) return;
    if (a.paused) void a.play().catch(() => setPlaying(false));
    else a.pause();
  };
  const seekTo = (seconds: number) => {
    const a = el();
    if (!a) return;
    a.currentTime = seekTarget(seconds, 0, a.duration);
    setTime(a.currentTime);
  };
  const jump = (delta: number) => {
    const a = el();
    if (a) seekTo(seekTarget(a.currentTime, delta, a.duration));
  };
  const knownDuration = (a: HTMLAudioElement) => (Number.isFinite(a.duration) && a.duration > 0 ? a.duration : durationHint);

  return (
    <Stack gap="xs" role="group" aria-label={t('voice.player.label')}>
      <audio
        ref={audio}
        src={src}
        preload="metadata"
        autoPlay={autoPlay}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onLoadedMetadata={(e) => setDuration(knownDuration(e.currentTarget))}
        onDurationChange={(e) => setDuration(knownDuration(e.currentTarget))}
        data-testid="recording-audio"
      />
      <Slider
        aria-label={t('voice.player.progress')}
        min={0}
        max={Math.max(duration, 0.1)}
        step={0.1}
        value={Math.min(time, Math.max(duration, 0.1))}
        onChange={seekTo}
        label={(v) => formatClock(v)}
        color="teal"
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} aria-label={t('voice.player.elapsed')} data-testid="player-elapsed">
          {formatClock(time)}
        </Text>
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} aria-label={t('voice.player.total')} data-testid="player-total">
          {formatClock(duration)}
        </Text>
      </Group>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('voice.player.back')} withArrow>
            <ActionIcon variant="default" size={36} radius="xl" aria-label={t('voice.player.back')} onClick={() => jump(-10)}>
              <IconRewindBackward10 size={18} />
            </ActionIcon>
          </Tooltip>
          <ActionIcon color="teal" size={44} radius="xl" aria-label={playing ? t('voice.player.pause') : t('voice.player.play')} onClick={toggle}>
            {playing ? <IconPlayerPauseFilled size={22} /> : <IconPlayerPlayFilled size={22} />}
          </ActionIcon>
          <Tooltip label={t('voice.player.forward')} withArrow>
            <ActionIcon variant="default" size={36} radius="xl" aria-label={t('voice.player.forward')} onClick={() => jump(10)}>
              <IconRewindForward10 size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={6} wrap="nowrap" w={150}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={muted ? t('voice.player.unmute') : t('voice.player.mute')}
            onClick={() => setMuted((m) => !m)}
          >
            {muted || volume === 0 ? <IconVolumeOff size={18} /> : <IconVolume size={18} />}
          </ActionIcon>
          <Slider
            aria-label={t('voice.player.volume')}
            min={0}
            max={1}
            step={0.05}
            value={muted ? 0 : volume}
            onChange={(v) => {
              setVolume(v);
              setMuted(false);
            }}
            label={(v) => `${Math.round(v * 100)}%`}
            style={{ flex: 1 }}
            color="gray"
          />
        </Group>
      </Group>
    </Stack>
  );
}
