import './styles.css';

export { Button, CancelButton, buttonClassName, type ButtonProps, type ButtonVariant } from './lib/button';
export { Checkbox, CheckboxGroup, Field, Fieldset, Select, TextArea, TextInput, namedOptions, type ControlProps, type SelectOption } from './lib/field';
export { Badge, EmptyState, ErrorMessage, Loading, Notice, Spinner, VisuallyHidden, type BadgeTone } from './lib/feedback';
export { Card, DescriptionList, PageHeader, Tabs, useDocumentTitle, type DescriptionItem, type PageHeaderProps } from './lib/layout';
export { Table, type Column, type RowAttributes } from './lib/table';
export { ConfirmDialog } from './lib/dialog';
export { Form, FormActions, FormErrorSummary } from './lib/form';
export { formatDate, formatDateTime, formatSize, formatTime, plural } from './lib/format';
export { ProgressBar, StatusBadge, UploadProgress, type ProgressBarProps, type StatusBadgeProps, type StatusTone } from './lib/progress';
export { downloadText, fileNamePart } from './lib/download';
export { CsvImportFailureAlert, CsvRowErrorsTable, type CsvImportFailure, type CsvRowProblem } from './lib/csv-row-errors';
export { LiveIndicator, type LiveIndicatorProps } from './lib/live-status';
export { LinkList, type LinkListProps } from './lib/link-list';
export { SearchForm, type SearchFormProps } from './lib/search-form';
