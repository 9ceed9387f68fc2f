'use client';
import { createContext, useContext } from 'react';
import { translator, type Translator } from './messages';

export const LanguageContext = createContext<Translator>(translator('es'));

export const useT = () => useContext(LanguageContext);
