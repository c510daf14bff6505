/** The change-freeze presets live in shared/catalog (their seasons follow the project's regions). */
export { nextPresetSpan, PRESET_YEARS, presetFreezeName, presetSpan, SPRING_FESTIVAL, type PresetSpan } from '../../../shared/catalog/freeze-presets';
